{
  'targets': [
    {
      'target_name': 'crc',
      'sources': ['src/crc.cc', '<(INTERMEDIATE_DIR)/tables.h'],
      'include_dirs': ["<!@(node -p \"require('node-addon-api').include\")", '<(INTERMEDIATE_DIR)'],
      'actions': [
        {
          'action_name': 'tables',
          'inputs': ['tools/gen_tables.py'],
          'outputs': ['<(INTERMEDIATE_DIR)/tables.h'],
          'action': ['python3', 'tools/gen_tables.py', '<(INTERMEDIATE_DIR)/tables.h']
        },
        {
          'action_name': 'version',
          'inputs': ['package.json'],
          'outputs': ['<(INTERMEDIATE_DIR)/version.h'],
          'action': ['node', '-e', "const v = require('./package.json').version; require('fs').writeFileSync(process.argv[1], '#define CRC_VERSION \"' + v + '\"\\n')", '<(INTERMEDIATE_DIR)/version.h']
        }
      ]
    }
  ]
}
