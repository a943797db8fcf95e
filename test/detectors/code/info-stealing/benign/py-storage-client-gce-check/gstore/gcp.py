"""A storage client finds its own credentials the way the cloud's SDK documents it."""
import json
import os
import socket


def is_gce_instance():
    # Where am I: the metadata host only resolves inside the cloud.
    try:
        socket.getaddrinfo("metadata.google.internal", 80)
    except socket.gaierror:
        return False
    return True


def load_credentials():
    if "GOOGLE_APPLICATION_CREDENTIALS" in os.environ:
        path = os.environ["GOOGLE_APPLICATION_CREDENTIALS"]
        if not os.path.exists(path):
            raise RuntimeError(f"credentials not found at {path} named by 'GOOGLE_APPLICATION_CREDENTIALS'")
        with open(path) as f:
            return json.load(f)
    path = os.path.join(os.environ["HOME"], ".config/gcloud/application_default_credentials.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    return {}
