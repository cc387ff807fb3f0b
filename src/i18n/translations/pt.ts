import type { Translation } from '../translation.js';

const plural = new Intl.PluralRules('pt');
const isOne = (n: number) => plural.select(n) === 'one';

/**
 * Portuguese as Brazilian news sites write it (what `pt` means to Intl), addressing the reader
 * as "você" or impersonally.
 */
export const pt: Translation = {
  $code: 'pt',
  $dir: 'ltr',

  loading: 'Carregando…',
  loadingArticles: 'Carregando artigos…',
  retry: 'Tentar novamente',
  errorLoadArticles: 'Não foi possível carregar os artigos.',
  errorLoadComments: 'Não foi possível carregar os comentários.',
  errorNetwork: 'Não foi possível acessar o servidor. Verifique sua conexão.',
  errorTimeout: 'O servidor demorou demais para responder.',
  errorHttp: (status) => `O servidor respondeu com um erro (${status}).`,
  errorParse: 'O servidor enviou algo que não é uma lista legível.',
  errorFormat: 'Este endereço não fornece artigos em um formato conhecido.',
  errorNoSource: 'Nenhuma fonte foi configurada para este elemento.',

  articles: 'Artigos',
  noArticles: 'Ainda não há artigos.',
  photoCredit: 'Crédito da foto',
  byAuthor: (name) => `por ${name}`,

  articleNavigation: 'Mais artigos',
  previousArticle: 'Artigo anterior',
  nextArticle: 'Próximo artigo',
  errorLoadNeighbours: 'Não foi possível carregar o artigo anterior e o próximo.',

  comments: 'Comentários',
  commentCount: (n) => (isOne(n) ? `${n} comentário` : `${n} comentários`),
  noComments: 'Ainda não há comentários. Seja o primeiro a comentar.',
  loadMoreComments: 'Mostrar mais comentários',
  reply: 'Responder',
  replyTo: (name) => `Responder a ${name}`,
  cancelReply: 'Cancelar resposta',
  leaveReply: 'Deixe um comentário',
  nameLabel: 'Nome',
  emailLabel: 'E-mail',
  websiteLabel: 'Site',
  commentLabel: 'Comentário',
  required: 'obrigatório',
  emailNotPublished: 'Seu endereço de e-mail não será publicado.',
  rememberMe: 'Salvar meus dados neste navegador para a próxima vez que eu comentar.',
  submit: 'Publicar comentário',
  submitting: 'Enviando…',
  charactersLeft: (n) => (isOne(n) ? `Resta ${n} caractere` : `Restam ${n} caracteres`),
  enterName: 'Por favor, informe seu nome.',
  enterEmail: 'Por favor, informe seu endereço de e-mail.',
  invalidEmail: 'Por favor, informe um endereço de e-mail válido.',
  invalidUrl: 'Por favor, informe um endereço da web que comece com http:// ou https://.',
  enterComment: 'Por favor, escreva seu comentário.',
  commentTooLong: (max) => `Seu comentário é longo demais: no máximo ${max} caracteres.`,
  fixErrors: (n) => (isOne(n) ? `Por favor, corrija ${n} campo.` : `Por favor, corrija ${n} campos.`),
  commentPosted: 'Seu comentário foi publicado.',
  awaitingModeration: 'Seu comentário está aguardando moderação.',
  inReplyTo: (name) => `Em resposta a ${name}`,
  errorPost: 'Não foi possível publicar seu comentário. Seu texto foi mantido: tente novamente.',
  errorDuplicate: 'Comentário duplicado detectado: parece que você já disse isso.',
  errorFlood: 'Você está publicando comentários rápido demais. Aguarde um momento.',
  errorClosed: 'Os comentários deste artigo estão fechados.',
  errorLoginRequired: 'Este site só aceita comentários de usuários conectados.',
  errorInvalidPost: 'Não é possível comentar este artigo.',
  errorInvalidParent: 'O comentário ao qual você está respondendo não existe mais.',
  errorAuthorDataRequired: 'Este site exige seu nome e endereço de e-mail.',
  errorServerSaid: (message) => `Mensagem do servidor: ${message}`,

  // Live threads, signed-in readers, unanswered posts
  newComments: (n) => (isOne(n) ? '1 comentário novo' : `${n} comentários novos`),
  sessionExpired: 'A sua sessão expirou: está agora a comentar como convidado. O seu texto foi mantido; recarregue a página para voltar a comentar com a sua conta.',
  errorPostUncertain: 'O servidor não respondeu a tempo; o seu comentário pode já ter chegado. Ao tentar novamente verifica-se primeiro, para que nunca seja publicado duas vezes.',
  // Comment counts
  commentCountNone: 'Sem comentários',
  commentCountUnavailable: 'número indisponível',
  // Transport: byte cap, web page instead of data, offline, redirected POST
  errorTooLarge: (mb) => `A resposta do servidor é grande demais (mais de ${mb.toLocaleString('pt')} MB).`,
  errorWebPage: (title) => (title ? `O servidor enviou uma página da web em vez de dados: “${title}”.` : 'O servidor enviou uma página da web em vez de dados.'),
  errorOffline: 'Você está offline. O conteúdo será carregado novamente assim que a conexão voltar.',
  errorRedirect: 'O servidor redirecionou a solicitação, por isso ela não foi enviada.',
  errorPostOffline: 'Está offline, por isso o seu comentário não foi enviado. Fica guardado aqui: envie-o de novo quando voltar a estar online.',
  // Comment links, order, signed-in readers
  commentLink: 'Link para este comentário',
  copyLink: 'Copiar link',
  copyLinkOf: (name) => ` (comentário de ${name})`,
  linkCopied: 'Link copiado',
  linkCopyFailed: 'Não foi possível copiar o link.',
  linkedCommentMissing: 'O comentário indicado não está nesta conversa: pode estar a aguardar moderação ou ter sido removido.',
  newestFirst: 'Mais recentes primeiro',
  signedInAs: (name) => `Sessão iniciada como ${name}`,
};
