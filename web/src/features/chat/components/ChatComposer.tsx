import SendIcon from '@mui/icons-material/Send';
import StopIcon from '@mui/icons-material/Stop';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OutlinedTextField } from '@/components/OutlinedTextField';

export const MAX_MESSAGE_LENGTH = 1000;

interface Props {
  onSend(message: string): void;
  onStop(): void;
  /** An answer is on its way: the button stops it and Enter does not send. */
  answering: boolean;
}

/** The message box: Enter sends, Shift+Enter starts a new line, Esc stops the answer. */
export function ChatComposer({ onSend, onStop, answering }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const canSend = value.trim().length > 0 && !answering;

  const submit = () => {
    const text = value.trim();
    if (!text || answering) return;
    onSend(text);
    setValue('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && answering) {
      event.preventDefault();
      onStop();
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        submit();
      }}
      sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, p: { xs: 1, sm: 2 } }}
    >
      <OutlinedTextField
        label={t('chat.messageLabel')}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        multiline
        minRows={1}
        maxRows={6}
        fullWidth
        autoComplete="off"
        helperText={t('chat.messageHint')}
        inputProps={{ maxLength: MAX_MESSAGE_LENGTH, enterKeyHint: 'send' }}
      />
      {answering ? (
        <IconButton aria-label={t('chat.stop')} title={t('chat.stop')} onClick={onStop} color="primary" size="large" sx={{ mt: 0.5 }}>
          <StopIcon />
        </IconButton>
      ) : (
        <IconButton
          type="submit"
          aria-label={t('chat.send')}
          title={t('chat.send')}
          disabled={!canSend}
          color="primary"
          size="large"
          sx={{ mt: 0.5 }}
        >
          <SendIcon />
        </IconButton>
      )}
    </Box>
  );
}
