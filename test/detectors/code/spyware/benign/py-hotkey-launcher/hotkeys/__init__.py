"""Global hotkeys for a launcher; the update check lives in another module."""
import keyboard


def register(actions):
    for combo, action in actions.items():
        keyboard.add_hotkey(combo, action)
    keyboard.wait()
