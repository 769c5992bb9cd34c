/* The first frame of a big lesson against intro's, and what reading at the C floor would allow.
 *
 * Runs, interleaved RUNS times so the machine's other load falls on all alike:
 *   POINTWISE render LESSON --size 80x24   (the big lesson's first frame, as text)
 *   POINTWISE render intro --size 80x24    (the bundled first lesson's)
 *   FLOOR check LESSON                     (bench/floor.c: the same file read into int64 units)
 *   NOOP                                   (a static C program that returns at once)
 * and prints each median, the ratio of the two first frames, and the ratio a Pointwise would
 * reach if it read the lesson exactly as fast as the floor: (intro + floor - no-op) / intro.
 * Each time is from posix_spawn to the child's exit, its output to /dev/null.
 *
 * Built and run by scripts/bench-first-frame.sh. */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double run(char *const argv[]) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    double start = now_ms();
    pid_t pid;
    if (posix_spawn(&pid, argv[0], &actions, NULL, argv, environ) != 0) {
        perror(argv[0]);
        exit(1);
    }
    int status;
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "%s failed\n", argv[0]);
        exit(1);
    }
    return now_ms() - start;
}

static int compare(const void *a, const void *b) {
    double d = *(const double *)a - *(const double *)b;
    return d < 0 ? -1 : d > 0;
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: first-frame RUNS LESSON POINTWISE FLOOR NOOP\n");
        return 2;
    }
    int runs = atoi(argv[1]);
    char *lesson = argv[2];
    char *commands[4][6] = {
        {argv[3], "render", lesson, "--size", "80x24", NULL},
        {argv[3], "render", "intro", "--size", "80x24", NULL},
        {argv[4], "check", lesson, NULL},
        {argv[5], NULL},
    };
    const char *names[4] = {"render LESSON", "render intro", "C floor check", "static C no-op"};
    double *times = calloc(4 * (size_t)runs, sizeof(double));
    if (runs < 1 || times == NULL) return 2;
    for (int r = 0; r < runs; r++)
        for (int k = 0; k < 4; k++) times[k * runs + r] = run(commands[k]);
    double median[4];
    for (int k = 0; k < 4; k++) {
        qsort(times + k * runs, runs, sizeof(double), compare);
        median[k] = times[k * runs + runs / 2];
        printf("| %s | %.2f ms |\n", names[k], median[k]);
    }
    printf("\nfirst frame, LESSON / intro: %.2fx\n", median[0] / median[1]);
    printf("the same, reading at the C floor's speed: %.2fx\n", (median[1] + median[2] - median[3]) / median[1]);
    free(times);
    return 0;
}
