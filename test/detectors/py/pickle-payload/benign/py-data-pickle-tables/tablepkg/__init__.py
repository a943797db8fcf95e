import pickle
from pathlib import Path

TABLES = pickle.loads((Path(__file__).parent / 'data' / 'tables.pkl').read_bytes())
