/* rc-display.c — a word the radio's display shows, and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include "rc-display.h"
#include "rc-enum.h"

struct _RcDisplay
{
  GObject        parent_instance;

  char          *id;
  char          *name;
  GStrv          words;
  char          *meaning;
  char          *action;
  RcDisplayNext  next;
  RcConfidence   confidence;
  GPtrArray     *sources;   /* RcSource, borrowed */
  GArray        *choices;   /* Choice */
};

/* An answer the owner can give when the display alone does not say where to go. */
typedef struct
{
  char          *label;
  RcDisplayNext  next;
} Choice;

G_DEFINE_FINAL_TYPE (RcDisplay, rc_display, G_TYPE_OBJECT)

static void
clear_choice (gpointer data)
{
  g_free (((Choice *) data)->label);
}

static void
rc_display_finalize (GObject *object)
{
  RcDisplay *self = RC_DISPLAY (object);

  g_free (self->id);
  g_free (self->name);
  g_strfreev (self->words);
  g_free (self->meaning);
  g_free (self->action);
  g_ptr_array_unref (self->sources);
  g_array_unref (self->choices);

  G_OBJECT_CLASS (rc_display_parent_class)->finalize (object);
}

static void
rc_display_class_init (RcDisplayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_display_finalize;
}

static void
rc_display_init (RcDisplay *self)
{
  self->sources = g_ptr_array_new ();
  self->choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  g_array_set_clear_func (self->choices, clear_choice);
}

/**
 * rc_display_new:
 * @words: what the display shows, alternatives separated by "|"
 */
RcDisplay *
rc_display_new (const char    *id,
                const char    *words,
                RcDisplayNext  next,
                RcConfidence   confidence)
{
  RcDisplay *self = g_object_new (RC_TYPE_DISPLAY, NULL);

  self->id = g_strdup (id);
  self->words = g_strsplit (words, "|", -1);
  self->next = next;
  self->confidence = confidence;
  return self;
}

void
rc_display_set_text (RcDisplay     *self,
                     RcDisplayText  field,
                     const char    *text)
{
  char **fields[] = {
    [RC_DISPLAY_TEXT_NAME] = &self->name,
    [RC_DISPLAY_TEXT_MEANING] = &self->meaning,
    [RC_DISPLAY_TEXT_ACTION] = &self->action,
  };

  g_assert (field < G_N_ELEMENTS (fields));
  g_free (*fields[field]);
  *fields[field] = g_strdup (text);
}

const char *
rc_display_get_id (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), NULL);
  return self->id;
}

const char *
rc_display_get_name (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), NULL);
  return self->name;
}

/* Every form the display shows it in: "CODE", "CODE IN", "- - - -". */
const char * const *
rc_display_get_words (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), NULL);
  return (const char * const *) self->words;
}

const char *
rc_display_get_meaning (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), NULL);
  return self->meaning;
}

const char *
rc_display_get_action (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), NULL);
  return self->action;
}

RcDisplayNext
rc_display_get_next (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), RC_DISPLAY_NEXT_NONE);
  return self->next;
}

RcConfidence
rc_display_get_confidence (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), RC_CONFIDENCE_UNVERIFIED);
  return self->confidence;
}

GPtrArray *
rc_display_get_sources (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), NULL);
  return self->sources;
}

/* How many answers the owner is offered; 0 unless the display's next step is %RC_DISPLAY_NEXT_ASK. */
guint
rc_display_get_n_choices (RcDisplay *self)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), 0);
  return self->choices->len;
}

/* The answer in the owner's words: “The dashes flash”. */
const char *
rc_display_get_choice_label (RcDisplay *self,
                             guint      index)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), NULL);
  g_return_val_if_fail (index < self->choices->len, NULL);
  return g_array_index (self->choices, Choice, index).label;
}

/* Where the guide goes after that answer: code, wait or none. */
RcDisplayNext
rc_display_get_choice_next (RcDisplay *self,
                            guint      index)
{
  g_return_val_if_fail (RC_IS_DISPLAY (self), RC_DISPLAY_NEXT_NONE);
  g_return_val_if_fail (index < self->choices->len, RC_DISPLAY_NEXT_NONE);
  return g_array_index (self->choices, Choice, index).next;
}

void
rc_display_add_choice (RcDisplay     *self,
                       RcDisplayNext  next,
                       const char    *label)
{
  Choice choice = { g_strdup (label), next };

  g_array_append_val (self->choices, choice);
}

/* Reads “code”, “wait”, “none” or “ask”. */
gboolean
rc_display_parse_next (const char    *text,
                       RcDisplayNext *next)
{
  int value;

  if (!rc_enum_from_nick (RC_TYPE_DISPLAY_NEXT, text, &value))
    return FALSE;

  *next = value;
  return TRUE;
}
