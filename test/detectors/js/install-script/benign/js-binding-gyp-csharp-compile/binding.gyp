{
  'targets': [
    {
      'target_name': 'bridge',
      'sources': ['src/bridge.cc'],
      'actions': [
        {
          'action_name': 'compile_embed',
          'inputs': ['src/Embed.cs'],
          'outputs': ['build/$(BUILDTYPE)/Embed.exe'],
          'action': ['mcs', '-sdk:4.5', '-target:exe', '-out:build/$(BUILDTYPE)/Embed.exe', 'src/Embed.cs']
        }
      ]
    }
  ]
}
