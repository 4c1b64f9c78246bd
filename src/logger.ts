// pino: structured JSON logs in production, pretty lines on a terminal (pino-pretty), cheap when disabled.
import { pino } from 'pino';

export function createLogger(level: string, name = 'convention-graph') {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return pino({
    name,
    level,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } } : {}),
  });
}

export type Logger = ReturnType<typeof createLogger>;
