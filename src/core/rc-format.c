/* rc-format.c — a fixed-position serial format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A format is written as a small pattern: literal letters and digits,
 * bracketed classes such as [0-9A-Z], and {n} counts; only the last part may
 * have a {min,max} count, and min may be 0 there. It compiles to one set of allowed characters per
 * position. A regular expression could say whether a serial matches, but not
 * what belongs at the position where it stops matching, and that is what the
 * user needs to hear.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-format.h"
#include "rc-text.h"

struct _RcFormat
{
  char    *pattern;
  char    *example;
  char    *description;
  GArray  *masks;        /* guint64, one per position; the last repeats up to max_length */
  guint    min_length;
  guint    max_length;
};

guint64
rc_format_char_bit (gunichar c)
{
  if (c >= '0' && c <= '9')
    return (guint64) 1 << (c - '0');
  if (c >= 'A' && c <= 'Z')
    return (guint64) 1 << (10 + c - 'A');
  return 0;
}

static gboolean
parse_class (const char  **p,
             guint64      *mask,
             GError      **error)
{
  const char *s = *p + 1;

  *mask = 0;
  while (*s != '\0' && *s != ']')
    {
      guint64 lo = rc_format_char_bit (*s);

      if (lo == 0)
        goto bad;

      if (s[1] == '-' && s[2] != '\0' && s[2] != ']')
        {
          guint64 hi = rc_format_char_bit (s[2]);

          if (hi == 0 || hi < lo)
            goto bad;
          /* All bits from lo to hi inclusive. */
          *mask |= (hi | (hi - 1)) & ~(lo - 1);
          s += 3;
        }
      else
        {
          *mask |= lo;
          s += 1;
        }
    }

  if (*s != ']' || *mask == 0)
    goto bad;

  *p = s + 1;
  return TRUE;

bad:
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "bad character class at “%s” (use upper-case letters, digits and ranges)", *p);
  return FALSE;
}

static gboolean
parse_count (const char  **p,
             guint        *min,
             guint        *max,
             GError      **error)
{
  char *end = NULL;
  guint64 a, b;

  a = g_ascii_strtoull (*p + 1, &end, 10);
  b = a;
  if (end == *p + 1)
    goto bad;
  if (*end == ',')
    {
      const char *start = end + 1;

      b = g_ascii_strtoull (start, &end, 10);
      if (end == start)
        goto bad;
    }
  if (*end != '}' || b == 0 || b < a || b > 64)
    goto bad;

  *min = a;
  *max = b;
  *p = end + 1;
  return TRUE;

bad:
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "bad count at “%s” (use {n} or {min,max} with n ≤ 64)", *p);
  return FALSE;
}

RcFormat *
rc_format_new (const char  *pattern,
               const char  *example,
               GError     **error)
{
  g_autoptr(RcFormat) self = NULL;
  const char *p;

  g_return_val_if_fail (pattern != NULL, NULL);

  self = g_new0 (RcFormat, 1);
  self->pattern = g_strdup (pattern);
  self->example = g_strdup (example);
  self->masks = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (p = pattern; *p != '\0';)
    {
      guint64 mask;
      guint min = 1, max = 1;

      if (self->min_length != self->max_length)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "pattern “%s”: only the last part may have a {min,max} count", pattern);
          return NULL;
        }

      if (*p == '[')
        {
          if (!parse_class (&p, &mask, error))
            return NULL;
        }
      else if ((mask = rc_format_char_bit (*p)) != 0)
        p++;
      else
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "pattern “%s”: unexpected “%c”", pattern, *p);
          return NULL;
        }

      if (*p == '{' && !parse_count (&p, &min, &max, error))
        return NULL;

      /* An optional last part ({0,n}) still needs its set for positions past min. */
      for (guint i = 0; i < MAX (min, 1); i++)
        g_array_append_val (self->masks, mask);
      self->min_length += min;
      self->max_length += max;
    }

  if (self->masks->len == 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "empty pattern");
      return NULL;
    }

  if (example != NULL)
    {
      g_autofree gunichar *chars = NULL;
      glong n = 0;

      chars = g_utf8_to_ucs4_fast (example, -1, &n);
      if (rc_format_first_mismatch (self, chars, n) != (guint) n || (guint) n < self->min_length)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "example “%s” does not match pattern “%s”", example, pattern);
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

void
rc_format_free (RcFormat *self)
{
  if (self == NULL)
    return;

  g_free (self->pattern);
  g_free (self->example);
  g_free (self->description);
  g_clear_pointer (&self->masks, g_array_unref);
  g_free (self);
}

const char *
rc_format_get_pattern (const RcFormat *self)
{
  return self->pattern;
}

const char *
rc_format_get_example (const RcFormat *self)
{
  return self->example;
}

const char *
rc_format_get_description (const RcFormat *self)
{
  return self->description;
}

void
rc_format_set_description (RcFormat   *self,
                           const char *description)
{
  g_free (self->description);
  self->description = g_strdup (description);
}

guint
rc_format_get_min_length (const RcFormat *self)
{
  return self->min_length;
}

guint
rc_format_get_max_length (const RcFormat *self)
{
  return self->max_length;
}

/* The set allowed at @index (0-based), or 0 past the end. */
guint64
rc_format_get_mask (const RcFormat *self,
                    guint           index)
{
  if (index >= self->max_length)
    return 0;
  if (index >= self->masks->len)
    index = self->masks->len - 1;
  return g_array_index (self->masks, guint64, index);
}

/* Returns the index of the first character that is not allowed where it
 * stands, or @n_chars when every one is. A serial longer than the format
 * mismatches at max_length. */
guint
rc_format_first_mismatch (const RcFormat *self,
                          const gunichar *chars,
                          guint           n_chars)
{
  const guint64 *masks = (const guint64 *) (gpointer) self->masks->data;
  guint last = self->masks->len - 1;

  for (guint i = 0; i < n_chars; i++)
    {
      if (i >= self->max_length)
        return i;
      if ((masks[MIN (i, last)] & rc_format_char_bit (chars[i])) == 0)
        return i;
    }

  return n_chars;
}

/* Whether @chars is a whole serial of this format. */
gboolean
rc_format_matches (const RcFormat *self,
                   const gunichar *chars,
                   guint           n_chars)
{
  return n_chars >= self->min_length &&
         rc_format_first_mismatch (self, chars, n_chars) == n_chars;
}

/* Whether @chars begins with a whole serial of this format. */
gboolean
rc_format_matches_start (const RcFormat *self,
                         const gunichar *chars,
                         guint           n_chars)
{
  return n_chars >= self->min_length &&
         rc_format_first_mismatch (self, chars, self->min_length) == self->min_length;
}

/* Says in words what a mask allows: “a digit”, “the letter “N””, “one of M, V”. */
char *
rc_format_describe_mask (guint64 mask)
{
  char chars[36][2] = { { 0 } };
  const char *items[37] = { NULL };
  g_autofree char *list = NULL;
  guint count = 0;
  gunichar only = 0;

  if (mask == RC_FORMAT_DIGITS)
    return g_strdup (_("a digit"));
  if (mask == RC_FORMAT_LETTERS)
    return g_strdup (_("a letter"));
  if (mask == (RC_FORMAT_DIGITS | RC_FORMAT_LETTERS))
    return g_strdup (_("a letter or a digit"));

  for (guint i = 0; i < 36; i++)
    {
      if ((mask & ((guint64) 1 << i)) == 0)
        continue;
      only = i < 10 ? '0' + i : 'A' + i - 10;
      chars[count][0] = (char) only;
      items[count] = chars[count];
      count++;
    }
  list = rc_text_join_list (items, RC_TEXT_LIST_PLAIN);

  if (count == 1 && only <= '9')
    /* Translators: the argument is a single digit, e.g. “the digit “7”” */
    return g_strdup_printf (_("the digit “%s”"), list);
  if (count == 1)
    /* Translators: the argument is a single letter, e.g. “the letter “N”” */
    return g_strdup_printf (_("the letter “%s”"), list);

  /* Translators: the argument is a list of characters, e.g. “one of M, V” */
  return g_strdup_printf (_("one of %s"), list);
}
