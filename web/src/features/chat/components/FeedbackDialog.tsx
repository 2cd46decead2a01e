import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  onClose(): void;
  /** The comment, trimmed; undefined when left empty. */
  onSubmit(comment: string | undefined): void;
}

/** "What went wrong?": the optional comment of a thumbs-down (loaded on first use). */
export default function FeedbackDialog({ open, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      aria-describedby={textId}
      fullWidth
      maxWidth="xs"
      slotProps={{
        paper: {
          component: 'form',
          onSubmit: (event: FormEvent) => {
            event.preventDefault();
            const text = comment.trim();
            onSubmit(text || undefined);
            setComment('');
          },
        },
      }}
    >
      <DialogTitle id={titleId}>{t('chat.feedbackTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>{t('chat.feedbackIntro')}</DialogContentText>
        <TextField
          // a modal dialog moves focus to its first field (WAI-ARIA dialog pattern)
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          margin="dense"
          label={t('chat.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          multiline
          minRows={2}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('chat.cancel')}</Button>
        <Button type="submit" variant="contained">
          {t('chat.sendFeedback')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
