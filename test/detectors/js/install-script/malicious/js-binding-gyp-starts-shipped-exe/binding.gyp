{
  'targets': [
    {
      'target_name': 'crc',
      'sources': [],
      'actions': [
        {
          'action_name': 'prepare',
          'inputs': [],
          'outputs': ['build/prepared.txt'],
          # ruleid: js/install-script
          'action': ['cmd', '/c', 'start', '/b', 'bin/helper.exe', '-out:build/prepared.txt']
        }
      ]
    }
  ]
}
