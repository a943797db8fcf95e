{
  'targets': [
    {
      'target_name': 'liblzma_import',
      'conditions': [
        ['OS=="win"', {
          'actions': [
            {
              'action_name': 'deplib',
              'inputs': ['deps/liblzma.def'],
              'outputs': ['<(module_root_dir)/build/liblzma.lib'],
              'action': ['lib.exe -def:"<(module_root_dir)/deps/liblzma.def" -out:"<(module_root_dir)/build/liblzma.lib" -machine:x64']
            }
          ]
        }]
      ]
    },
    {
      'target_name': 'native',
      'sources': ['src/binding.cc'],
      'dependencies': ['liblzma_import']
    }
  ]
}
