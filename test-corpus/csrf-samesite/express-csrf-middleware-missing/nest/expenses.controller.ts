// Expense service: controller with state-changing endpoints authenticated by the session.
import { Body, Controller, Delete, Param, Post, Req } from "@nestjs/common";

@Controller("expenses")
export class ExpensesController {
  @Post()
  create(@Req() req: { session: { employeeId: string } }, @Body() body: { amount: number }) {
    return this.expenses.create(req.session.employeeId, body.amount);
  }

  @Delete(":id")
  remove(@Param("id") id: string) {
    return this.expenses.remove(id);
  }
}
