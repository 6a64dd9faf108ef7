import type { Command } from 'commander';
import { registerRecommendEvaluate } from './recommend-evaluate';

/** `regulars recommend …`: dish recommendations from order baskets, validated on files. */
export function registerRecommend(program: Command): void {
  const recommend = program.command('recommend').description('dish recommendations from order baskets');
  registerRecommendEvaluate(recommend);
}
