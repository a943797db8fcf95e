import subprocess

# Styled alphabets live in string tables: text, not names.
ITALIC = '𝘢𝘣𝘤𝘥𝘦𝘧𝘨𝘩𝘪𝘫𝘬𝘭𝘮𝘯𝘰𝘱𝘲𝘳𝘴𝘵𝘶𝘷𝘸𝘹𝘺𝘻'
SAMPLE = '𝘴𝘺𝘴𝘵𝘦𝘮 𝘤𝘶𝘳𝘭'


def italic(text):
    return ''.join(ITALIC[ord(c) - 97] if 'a' <= c <= 'z' else c for c in text)


def version():
    return subprocess.run(['git', 'describe', '--tags'], capture_output=True, text=True).stdout.strip()
