class BaseConfig:
    # expect: same choice in a config class
    SESSION_PROTECTION = "basic"


class TestConfig(BaseConfig):
    # ok: test configuration
    SESSION_PROTECTION = "basic"


class ProductionConfig(BaseConfig):
    # ok: production tightens it
    SESSION_PROTECTION = "strong"
