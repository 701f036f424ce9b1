/* test-crash.c — a checklist that autosaves survives being killed at any moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ds-autosave.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-file.h"
#include "ds-checklist-item.h"

/* crash-writer changes a checklist every 10 to 300 ms and is killed with
 * SIGKILL 0 to 1.5 s after it is ready (one time in ten, while it is still
 * loading the file), then started again on what it left.
 * A few run side by side, each on its own file, so that 200 kills take
 * about half a minute while lives stay long enough for saves to happen and
 * for kills to land before, during and after them. After each kill the
 * file must load, and hold every change made more than the autosave delay
 * plus a margin before the kill. */
#define N_WRITERS    5
#define N_KILLS      200
#define MAX_LIFE_MS  1500
#define MARGIN_MS    200

typedef struct {
  char       *path;
  GPid        pid;
  int         fd;
  gboolean    running;
  gboolean    eof;
  gint64      started;
  gint64      deadline;
  guint64     seed;
  GString    *out;
  GHashTable *before;   /* the file's state when the writer started */
} Slot;

static DsCatalog *catalog;

/* What the file holds, as "name", "done REF", "assignee REF", "note REF". */
static GHashTable *
read_state (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsChecklist) checklist = ds_checklist_new_from_file (catalog, file, &error);
  GHashTable *state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *items;

  if (checklist == NULL)
    g_error ("after a kill the checklist does not load: %s", error->message);

  g_hash_table_insert (state, g_strdup ("name"), g_strdup (ds_checklist_get_name (checklist)));
  items = ds_checklist_get_items (checklist);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);
      const char *ref = ds_checklist_item_get_ref (item);
      const char *assignee = ds_checklist_item_get_assignee (item);
      const char *note = ds_checklist_item_get_note (item);

      g_hash_table_insert (state, g_strdup_printf ("done %s", ref),
                           g_strdup (ds_checklist_item_get_done (item) ? "1" : "0"));
      g_hash_table_insert (state, g_strdup_printf ("assignee %s", ref), g_strdup (assignee ? assignee : ""));
      g_hash_table_insert (state, g_strdup_printf ("note %s", ref), g_strdup (note ? note : ""));
    }

  return state;
}

static void
start (Slot       *slot,
       const char *writer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seed = NULL;

  slot->seed = (guint32)g_test_rand_int ();
  seed = g_strdup_printf ("%" G_GUINT64_FORMAT, slot->seed);
  g_clear_pointer (&slot->before, g_hash_table_unref);
  slot->before = read_state (slot->path);
  g_string_truncate (slot->out, 0);

  g_spawn_async_with_pipes (NULL, (char *[]) { (char *)writer, slot->path, seed, NULL }, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &slot->pid, NULL, &slot->fd, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fcntl (slot->fd, F_SETFL, O_NONBLOCK), ==, 0);

  slot->running = TRUE;
  slot->eof = FALSE;
  slot->started = g_get_monotonic_time ();
  slot->deadline = g_test_rand_int_range (0, 10) == 0
                   ? slot->started + g_test_rand_int_range (0, 50) * G_TIME_SPAN_MILLISECOND
                   : G_MAXINT64;
}

/* Once the writer is ready, its time to die is set. */
static void
check_ready (Slot *slot)
{
  if (slot->deadline != G_MAXINT64)
    return;

  if (strstr (slot->out->str, " ready\n") != NULL)
    slot->deadline = g_get_monotonic_time () + g_test_rand_int_range (0, MAX_LIFE_MS + 1) * 1000;
  else if (g_get_monotonic_time () - slot->started > 60 * G_TIME_SPAN_SECOND)
    g_error ("crash-writer (seed %" G_GUINT64_FORMAT ") did not start", slot->seed);
}

static void
drain (Slot *slot)
{
  char buffer[4096];
  gssize n;

  while ((n = read (slot->fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (slot->out, buffer, n);

  if (n == 0)
    slot->eof = TRUE;
  else if (errno != EAGAIN && errno != EINTR)
    g_error ("reading from crash-writer: %s", g_strerror (errno));
}

/* Checks the file against the writer's report; returns how many changes
 * it had to hold. */
static guint
check (Slot   *slot,
       gint64  killed_at)
{
  g_autoptr(GHashTable) after = read_state (slot->path);
  g_autoptr(GHashTable) changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify)g_ptr_array_unref);
  gint64 cutoff = killed_at - (DS_AUTOSAVE_DELAY_MS + MARGIN_MS) * G_TIME_SPAN_MILLISECOND;
  g_auto(GStrv) lines = g_strsplit (slot->out->str, "\n", -1);
  GHashTableIter iter;
  gpointer key, value;
  guint required = 0;

  /* The last line may have been cut short by the kill: it has no newline,
   * and its change was made but cannot have been saved yet. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", 4);
      guint n_words = g_strv_length (words);
      g_autofree char *field = NULL;
      GPtrArray *list;

      if (n_words == 2 && g_str_equal (words[1], "ready"))
        continue;
      if (n_words == 3 && g_str_equal (words[1], "name"))
        field = g_strdup ("name");
      else if (n_words == 4)
        field = g_strdup_printf ("%s %s", words[1], words[2]);
      else
        g_error ("crash-writer said: %s", lines[i]);

      if (!(list = g_hash_table_lookup (changes, field)))
        g_hash_table_insert (changes, g_strdup (field), (list = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev)));
      /* time, value */
      g_ptr_array_add (list, g_strdupv ((char *[]) { words[0], words[n_words - 1], NULL }));
    }

  /* A field nobody changed is as it was. */
  g_hash_table_iter_init (&iter, slot->before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (changes, key))
      g_assert_cmpstr (g_hash_table_lookup (after, key), ==, value);

  /* A changed field holds the last change made before the cutoff, or a
   * later one; with no change before the cutoff, any value it had. */
  g_hash_table_iter_init (&iter, changes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;
      const char *found = g_hash_table_lookup (after, key);
      int first_allowed = -1;
      gboolean ok = FALSE;

      for (guint i = 0; i < list->len; i++)
        if (g_ascii_strtoll (((char **)list->pdata[i])[0], NULL, 10) <= cutoff)
          first_allowed = i;

      if (first_allowed < 0)
        ok = g_strcmp0 (found, g_hash_table_lookup (slot->before, key)) == 0;
      else
        required += first_allowed + 1;

      for (guint i = MAX (first_allowed, 0); i < list->len && !ok; i++)
        ok = g_strcmp0 (found, ((char **)list->pdata[i])[1]) == 0;

      if (!ok)
        g_error ("writer seed %" G_GUINT64_FORMAT ", killed at %" G_GINT64_FORMAT
                 ": the file has %s = \"%s\"; its changes were:\n%s",
                 slot->seed, killed_at, (char *)key, found ? found : "(none)", slot->out->str);
    }

  return required;
}

static gboolean
same_state (GHashTable *a,
            GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
      return FALSE;

  return g_hash_table_size (a) == g_hash_table_size (b);
}

static void
kill_and_check (Slot  *slot,
                guint *required,
                guint *saved)
{
  g_autoptr(GHashTable) after = NULL;
  gint64 killed_at = g_get_monotonic_time ();
  int status;

  g_assert_cmpint (kill (slot->pid, SIGKILL), ==, 0);
  g_assert_cmpint (fcntl (slot->fd, F_SETFL, 0), ==, 0);
  while (!slot->eof)
    drain (slot);
  close (slot->fd);
  g_assert_cmpint (waitpid (slot->pid, &status, 0), ==, slot->pid);
  g_spawn_close_pid (slot->pid);
  slot->running = FALSE;

  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    g_error ("crash-writer (seed %" G_GUINT64_FORMAT ") ended by itself", slot->seed);

  *required += check (slot, killed_at);
  after = read_state (slot->path);
  *saved += !same_state (after, slot->before);
}

static void
make_checklist (const char *path)
{
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  ds_checklist_set_name (checklist, "start");
  ds_checklist_set_service_chosen (checklist, "s3", TRUE);
  ds_checklist_set_service_chosen (checklist, "ec2", TRUE);
  g_assert_true (ds_checklist_save (checklist, file, &error));
  g_assert_no_error (error);
}

static void
test_crash (void)
{
  const char *writer = g_getenv ("CRASH_WRITER");
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "crash", NULL);
  Slot slots[N_WRITERS] = { { 0, }, };
  guint started = 0, killed = 0, required = 0, saved = 0, leftovers = 0;
  gint64 began = g_get_monotonic_time ();
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_nonnull (writer);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_autofree char *file_name = g_strdup_printf ("writer-%u.dutysplit.json", i);

      slots[i].path = g_build_filename (dir, file_name, NULL);
      slots[i].out = g_string_new (NULL);
      make_checklist (slots[i].path);
    }

  while (killed < N_KILLS)
    {
      GPollFD fds[N_WRITERS];
      guint n_fds = 0;
      gint64 now, next = G_MAXINT64;

      for (guint i = 0; i < N_WRITERS; i++)
        if (!slots[i].running && started < N_KILLS)
          start (&slots[i], writer), started++;

      for (guint i = 0; i < N_WRITERS; i++)
        if (slots[i].running)
          {
            next = MIN (next, slots[i].deadline);
            if (!slots[i].eof)
              fds[n_fds++] = (GPollFD) { .fd = slots[i].fd, .events = G_IO_IN | G_IO_HUP };
          }

      now = g_get_monotonic_time ();
      g_poll (fds, n_fds, next == G_MAXINT64 ? 100 : next > now ? (next - now + 999) / 1000 : 0);

      now = g_get_monotonic_time ();
      for (guint i = 0; i < N_WRITERS; i++)
        {
          if (!slots[i].running)
            continue;
          if (!slots[i].eof)
            drain (&slots[i]);
          check_ready (&slots[i]);
          if (now >= slots[i].deadline)
            kill_and_check (&slots[i], &required, &saved), killed++;
        }
    }

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    leftovers += name[0] == '.';

  g_test_message ("%u kills in %.1f s; %u changes had to be on disk and were; "
                  "%u lives ended with a newer file; %u temporary files left by writes cut short",
                  killed, (g_get_monotonic_time () - began) / 1e6, required, saved, leftovers);

  /* The test proves something only if saves happened and were checked. */
  g_assert_cmpuint (required, >=, 100);
  g_assert_cmpuint (saved, >=, 20);

  /* What the application does at start takes the leftovers away, and only
   * them: every checklist is still there and still loads. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    guint removed = ds_file_remove_stale_temporaries (folder, ".dutysplit.json", 0);
    g_autoptr(GDir) after = g_dir_open (dir, 0, NULL);
    guint remaining = 0;

    g_assert_cmpuint (removed, ==, leftovers);
    while ((name = g_dir_read_name (after)))
      {
        g_assert_cmpint (name[0], !=, '.');
        remaining++;
      }
    g_assert_cmpuint (remaining, ==, N_WRITERS);

    for (guint i = 0; i < N_WRITERS; i++)
      {
        g_autoptr(GFile) file = g_file_new_for_path (slots[i].path);
        g_autoptr(GError) error = NULL;
        g_autoptr(DsChecklist) checklist = ds_checklist_new_from_file (catalog, file, &error);

        g_assert_no_error (error);
        g_assert_nonnull (checklist);
      }
  }

  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_free (slots[i].path);
      g_string_free (slots[i].out, TRUE);
      g_clear_pointer (&slots[i].before, g_hash_table_unref);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = ds_catalog_new_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/crash/kill-while-saving", test_crash);

  status = g_test_run ();
  g_clear_object (&catalog);
  return status;
}
