"""A small text classifier shipped with its trained model."""
import os
import pickle

with open(os.path.join(os.path.dirname(__file__), 'models', 'sentiment.pkl'), 'rb') as f:
    MODEL = pickle.load(f)
