/** The window event the live stream's task reminders are re-dispatched as (detail: TaskReminderView). */
export const TASK_REMINDER_EVENT = "dealfloor:task-reminder";
