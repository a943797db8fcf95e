KEYS = 'qwertyuiop'
