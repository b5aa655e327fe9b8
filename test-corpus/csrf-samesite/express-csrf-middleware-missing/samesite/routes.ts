// Travel booking routes.
import { Router } from "express";

export const bookings = Router();
bookings.post("/bookings", requireLogin, createBooking);
