import pickle
from pathlib import Path


def load():
    return pickle.loads((Path(__file__).parent / 'weights' / 'model.bin').read_bytes())
