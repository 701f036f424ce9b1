/* ds-bad-input.h — the corpus of files the loaders must refuse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _DsBadInput DsBadInput;
struct _DsBadInput
{
  char      *name;       /* catalog-….json or checklist-….json */
  gboolean   catalog;    /* which loader reads it */
  char      *expected;   /* part of the message, or NULL if it must load */
  char      *source;     /* the corpus file, or NULL for a generated one */
  GBytes * (*generate) (void);
};

GPtrArray *ds_bad_input_list     (void);
GBytes    *ds_bad_input_write    (const DsBadInput  *input,
                                  const char        *dir,
                                  char             **path);
GBytes    *ds_bad_input_read     (const char        *path);
guint      ds_bad_input_count_files (const char     *dir);

G_END_DECLS
