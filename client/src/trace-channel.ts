import { EventEmitter, LogLevel, window, workspace } from 'vscode';
import type { Disposable, Event, LogOutputChannel, OutputChannel, ViewColumn } from 'vscode';

const TRACE_SETTING = 'harden.trace.server';

/**
 * The language client traces the protocol only when its trace channel's log level is Trace,
 * and then reads `<id>.trace.server` for the verbosity. This channel takes its level from the
 * `harden.trace.server` setting instead, so the setting alone turns tracing on and off as its
 * description promises. Trace lines go to their own output channel, created on first use.
 */
export class SettingTraceChannel implements LogOutputChannel, Disposable {
  private channel: OutputChannel | undefined;
  private readonly levelChanged = new EventEmitter<LogLevel>();
  private readonly settingListener: Disposable;
  private level: LogLevel;

  readonly onDidChangeLogLevel: Event<LogLevel> = this.levelChanged.event;

  constructor(readonly name: string) {
    this.level = SettingTraceChannel.levelFromSetting();
    this.settingListener = workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(TRACE_SETTING)) return;
      const level = SettingTraceChannel.levelFromSetting();
      if (level === this.level) return;
      this.level = level;
      this.levelChanged.fire(level);
    });
  }

  private static levelFromSetting(): LogLevel {
    const value = workspace.getConfiguration('harden').get<string>('trace.server', 'off');
    return value === 'messages' || value === 'verbose' ? LogLevel.Trace : LogLevel.Info;
  }

  get logLevel(): LogLevel {
    return this.level;
  }

  private output(): OutputChannel {
    this.channel ??= window.createOutputChannel(this.name);
    return this.channel;
  }

  private write(level: string, message: string, args: unknown[]): void {
    const extra =
      args.length > 0 ? ` ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}` : '';
    this.output().appendLine(`[${level} - ${new Date().toISOString()}] ${message}${extra}`);
  }

  trace(message: string, ...args: unknown[]): void {
    this.write('Trace', message, args);
  }
  debug(message: string, ...args: unknown[]): void {
    this.write('Debug', message, args);
  }
  info(message: string, ...args: unknown[]): void {
    this.write('Info', message, args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.write('Warn', message, args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.write('Error', typeof error === 'string' ? error : (error.stack ?? error.message), args);
  }
  append(value: string): void {
    this.output().append(value);
  }
  appendLine(value: string): void {
    this.output().appendLine(value);
  }
  replace(value: string): void {
    this.output().replace(value);
  }
  clear(): void {
    this.channel?.clear();
  }
  show(preserveFocus?: boolean): void;
  show(column?: ViewColumn, preserveFocus?: boolean): void;
  show(columnOrPreserveFocus?: ViewColumn | boolean, preserveFocus?: boolean): void {
    const focus = typeof columnOrPreserveFocus === 'boolean' ? columnOrPreserveFocus : preserveFocus;
    this.output().show(focus);
  }
  hide(): void {
    this.channel?.hide();
  }
  dispose(): void {
    this.settingListener.dispose();
    this.levelChanged.dispose();
    this.channel?.dispose();
  }
}
