/* fuzz-common.c — what every libFuzzer target of the core shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GLib warning or critical is a bug the fuzzer found, as much as a crash:
 * both abort here, and libFuzzer keeps the input that did it. What the core
 * prints (the command line's output) is checked and thrown away.
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static GLogWriterOutput
fatal_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

/* Text for a terminal: UTF-8, and no control character but a line break or a tab
 * (an escape sequence from a typed serial must never reach the terminal). */
void
rc_fuzz_check_text (const char *text)
{
  const char *end;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, &end))
    {
      fprintf (stderr, "fuzz: output is not UTF-8 at byte %td: %s\n", end - text, text);
      abort ();
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && c != '\n' && c != '\t')
        {
          fprintf (stderr, "fuzz: output has control character U+%04X: %s\n", c, text);
          abort ();
        }
    }
}

/* Pango markup must at least be well-formed: checked as the body of an element. */
void
rc_fuzz_check_markup (const char *markup)
{
  static const GMarkupParser no_callbacks = { NULL, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;

  if (markup == NULL)
    return;
  rc_fuzz_check_text (markup);
  document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  context = g_markup_parse_context_new (&no_callbacks, 0, NULL, NULL);
  if (!g_markup_parse_context_parse (context, document, -1, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    {
      fprintf (stderr, "fuzz: broken markup (%s): %s\n", error->message, markup);
      abort ();
    }
}

static void
check_print (const char *text)
{
  rc_fuzz_check_text (text);
}

/* Said on standard error, and so is a failed g_assert (). */
static void
check_printerr (const char *text)
{
  fputs (text, stderr);
  rc_fuzz_check_text (text);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* Messages in English, as the tests read them; nothing leaves the machine. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  g_set_print_handler (check_print);
  g_set_printerr_handler (check_printerr);
  return 0;
}

/* The real catalog, read once: loading it for every input would slow the search a hundredfold. */
RcCatalog *
rc_fuzz_get_catalog (void)
{
  static RcCatalog *catalog;

  if (catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
      if (catalog == NULL)
        g_error ("the catalog does not load: %s", error->message);
    }
  return catalog;
}

/* The input as a string in a block of exactly its size, so that reading one
 * byte past its end is caught. An embedded NUL ends the string early. */
char *
rc_fuzz_dup (const uint8_t *data,
             size_t         size)
{
  char *text = g_malloc (size + 1);

  memcpy (text, data, size);
  text[size] = '\0';
  return text;
}

/* The input cut at each NUL byte into at most @max_parts strings, each in its
 * own exact block; the last one is the rest, up to a NUL it may hold. */
GStrv
rc_fuzz_split (const uint8_t *data,
               size_t         size,
               guint          max_parts)
{
  GPtrArray *parts = g_ptr_array_new ();
  size_t start = 0;

  for (size_t i = 0; i <= size && parts->len + 1 < max_parts; i++)
    if (i == size || data[i] == '\0')
      {
        g_ptr_array_add (parts, rc_fuzz_dup (data + start, i - start));
        start = i + 1;
      }
  if (start <= size && parts->len < max_parts)
    g_ptr_array_add (parts, rc_fuzz_dup (data + start, size - start));
  g_ptr_array_add (parts, NULL);
  return (GStrv) g_ptr_array_free (parts, FALSE);
}
