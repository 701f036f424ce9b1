/* ds-fuzz.h — what every harness checks of a loader's answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const guint8 *data,
                            gsize         size);
int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);

/* A loader gives a result or an error, never both or neither, and the
 * error names the file. A failed check aborts, which libFuzzer reports as
 * a crash with the input that caused it. */
static inline void
ds_fuzz_check_result (gpointer      result,
                      const GError *error)
{
  if ((result == NULL) == (error == NULL))
    g_error ("a loader gave %s result and %s error", result ? "a" : "no", error ? "an" : "no");

  if (error != NULL &&
      (!g_str_has_prefix (error->message, "fuzz.json") || !g_utf8_validate (error->message, -1, NULL)))
    g_error ("the message does not start with the file name, or is not UTF-8: %s", error->message);
}

G_END_DECLS
