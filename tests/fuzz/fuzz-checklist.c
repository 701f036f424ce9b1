/* fuzz-checklist.c — libFuzzer harness for the checklist loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-fuzz.h"

static DsCatalog *catalog;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!(catalog = ds_catalog_new_builtin (&error)))
    g_error ("%s", error->message);
  return 0;
}

/* Whatever loads is saved, and what is saved loads again to the same bytes:
 * a checklist the app accepts is one it can keep. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsChecklist) checklist = ds_checklist_new_from_bytes (catalog, bytes, "fuzz.json", &error);
  g_autoptr(DsChecklist) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) resaved = NULL;

  ds_fuzz_check_result (checklist, error);
  if (checklist == NULL)
    return 0;

  saved = ds_checklist_to_bytes (checklist);
  if (!(again = ds_checklist_new_from_bytes (catalog, saved, "fuzz.json", &error)))
    g_error ("a checklist that loaded was saved in a form that does not: %s", error->message);

  resaved = ds_checklist_to_bytes (again);
  if (!g_bytes_equal (saved, resaved))
    g_error ("saving, loading and saving again changed the file");

  return 0;
}
