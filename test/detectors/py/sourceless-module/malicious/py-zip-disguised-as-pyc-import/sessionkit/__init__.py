from .routes import Routes
