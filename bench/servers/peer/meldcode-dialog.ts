/**
 * The peer's conversation: a ComponentDialog with one WaterfallDialog of
 * ChoicePrompts walking the first meldcode steps (hero-card imBack buttons),
 * started by a free-text Dutch opener triaged by regular expressions.
 */
import type { StatePropertyAccessor } from 'botbuilder';
import { ChoiceFactory, ChoicePrompt, ComponentDialog, ListStyle, type WaterfallStepContext, WaterfallDialog } from 'botbuilder-dialogs';
import { triage } from './triage.js';

export interface UserProfile {
  conversations: number;
  lastSignal?: string;
}

const prompt = 'keuze';
const waterfall = 'meldcode-stappen';

export class MeldcodeDialog extends ComponentDialog {
  constructor(private readonly profile: StatePropertyAccessor<UserProfile>) {
    super('meldcode');
    const choices = new ChoicePrompt(prompt, undefined, 'nl-nl');
    choices.style = ListStyle.heroCard;
    this.addDialog(choices);
    this.addDialog(
      new WaterfallDialog(waterfall, [
        (step) => this.confirmSignal(step),
        (step) => this.ask(step, 'Stap 1: breng de signalen in kaart. Heb je ze vastgelegd in het leerlingdossier?', ['Gedaan', 'Nog niet', 'Hulp nodig']),
        (step) => this.ask(step, 'Stap 2: overleg met de aandachtsfunctionaris (collegiale consultatie). Is dat gebeurd?', ['Gedaan', 'Nog niet', 'Contactgegevens']),
        (step) => this.ask(step, 'Stap 3: gesprek met de ouders. Is dat gevoerd?', ['Gedaan', 'Niet veilig', 'Nog niet']),
        (step) => this.ask(step, 'Stap 4: weeg het geweld of de kindermishandeling. Samen met de aandachtsfunctionaris?', ['Gedaan', 'Nog niet']),
        async (step) => {
          await step.context.sendActivity('Stap 5: beslis over melden bij Veilig Thuis. Bel bij twijfel 0800-2000. Succes!');
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = waterfall;
  }

  private async confirmSignal(step: WaterfallStepContext) {
    const signal = triage(step.context.activity.text ?? '');
    const user = await this.profile.get(step.context, { conversations: 0 });
    user.conversations++;
    user.lastSignal = signal.id;
    return step.prompt(prompt, {
      prompt: `Het klinkt als ${signal.label}. Klopt dat? Dan lopen we de meldcode samen door.`,
      choices: ChoiceFactory.toChoices(['Ja, meldcode', 'Iets anders', 'Acuut gevaar']),
    });
  }

  private ask(step: WaterfallStepContext, text: string, options: string[]) {
    return step.prompt(prompt, { prompt: text, choices: ChoiceFactory.toChoices(options) });
  }
}
