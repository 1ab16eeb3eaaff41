export { RetryLater, type Job, type NewJob } from './job.ts';
export { enqueueJob, enqueueOrRearmJob } from './queue.ts';
export { startJobWorker, type JobHandler, type JobWorker, type WorkerOptions } from './worker.ts';
export { startSchedule, type Schedule } from './schedule.ts';
