import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import { useId, type ReactNode } from 'react';

type Props = Omit<OutlinedInputProps, 'label' | 'id'> & {
  label: string;
  helperText?: ReactNode;
};

/**
 * An outlined text field built from its parts. MUI's TextField also imports Select (and with it
 * Menu, Popover, Modal) for its `select` mode; the chat route's first load does not need them.
 */
export function OutlinedTextField({ label, helperText, fullWidth, sx, ...input }: Props) {
  const id = useId();
  const helperId = `${id}-helper`;
  return (
    <FormControl variant="outlined" fullWidth={fullWidth ?? false} sx={sx ?? {}}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput id={id} label={label} aria-describedby={helperText ? helperId : undefined} {...input} />
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
