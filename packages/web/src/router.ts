import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import { homeOf, session } from './client/session'
import LoginView from './views/LoginView.vue'

// Each role's pages are their own chunk: the login page loads none of them.
const routes: RouteRecordRaw[] = [
  { path: '/', component: LoginView, meta: { title: 'login.title' } },
  { path: '/code', component: () => import('./views/pupil/PupilSurveyView.vue'), meta: { title: 'pupil.title' } },
  { path: '/sign-in', component: () => import('./views/SignInLinkView.vue'), meta: { title: 'signInLink.title' } },
  { path: '/unsubscribe', component: () => import('./views/UnsubscribeView.vue'), meta: { title: 'unsubscribe.title' } },
  { path: '/admin', component: () => import('./views/admin/AdminHome.vue'), meta: { role: 'ADMIN', title: 'admin.title' } },
  { path: '/admin/messages', component: () => import('./views/messages/OutboxView.vue'), meta: { role: 'ADMIN', title: 'outbox.title' } },
  { path: '/coordinator/messages', component: () => import('./views/messages/OutboxView.vue'), meta: { role: 'COORDINATOR', title: 'outbox.title' } },
  { path: '/guardian', component: () => import('./views/guardian/GuardianHome.vue'), meta: { role: 'GUARDIAN', title: 'guardian.title' } },
  {
    path: '/guardian/surveys/:surveyId/pupils/:childId',
    component: () => import('./views/guardian/AnswerSurveyView.vue'),
    props: true,
    meta: { role: 'GUARDIAN', title: 'answer.title' },
  },
  { path: '/guardian/culture', component: () => import('./views/guardian/CultureView.vue'), meta: { role: 'GUARDIAN', title: 'culture.title' } },
  { path: '/institution', component: () => import('./views/institution/InstitutionHome.vue'), meta: { role: 'INSTITUTION', title: 'institution.title' } },
  { path: '/club', component: () => import('./views/club/ClubHome.vue'), meta: { role: 'CLUB', title: 'club.title' } },
  { path: '/club/groups/new', component: () => import('./views/club/GroupFormView.vue'), meta: { role: 'CLUB', title: 'groupForm.newTitle' } },
  {
    path: '/club/groups/:groupId/edit',
    component: () => import('./views/club/GroupFormView.vue'),
    props: true,
    meta: { role: 'CLUB', title: 'groupForm.editTitle' },
  },
  { path: '/club/groups/:groupId/roster', component: () => import('./views/club/RosterView.vue'), props: true, meta: { role: 'CLUB', title: 'roster.title' } },
  { path: '/teacher', component: () => import('./views/teacher/TeacherHome.vue'), meta: { role: 'TEACHER', title: 'teacher.title' } },
  { path: '/coordinator', component: () => import('./views/coordinator/CoordinatorHome.vue'), meta: { role: 'COORDINATOR', title: 'coordinator.title' } },
  {
    path: '/coordinator/surveys/:surveyId',
    component: () => import('./views/coordinator/SurveyView.vue'),
    props: true,
    meta: { role: 'COORDINATOR', title: 'survey.title' },
  },
  {
    path: '/school-files',
    component: () => import('./views/coordinator/SchoolFileImport.vue'),
    meta: { role: ['COORDINATOR', 'ADMIN'], title: 'classList.title' },
  },
  { path: '/coordinator/class-list', redirect: '/school-files' },
  {
    path: '/coordinator/culture',
    component: () => import('./views/coordinator/CultureAdminView.vue'),
    meta: { role: 'COORDINATOR', title: 'cultureAdmin.title' },
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes })
  // A page for another role (or for nobody logged in) leads to the user's own start page.
  router.beforeEach((to) => {
    const roles = [to.meta.role ?? []].flat() as string[]
    if (roles.length > 0 && !roles.includes(session.user?.role ?? '')) return homeOf(session.user?.role)
    if (to.path === '/' && session.user) return homeOf(session.user.role)
    return true
  })
  // After moving to another page, focus goes to its heading, so that a screen reader starts there
  // (not on the body, nor on the link that was pressed). The first load leaves focus to the browser.
  router.afterEach((to, from, failure) => {
    if (failure || from.matched.length === 0 || to.path === from.path) return
    focusHeading(20)
  })
  return router
}

/** Focuses the page's main heading once it is rendered (a lazily loaded view may take a few frames). */
function focusHeading(framesLeft: number): void {
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>('main h1')
    if (!heading) return framesLeft > 0 ? focusHeading(framesLeft - 1) : undefined
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
    heading.focus()
  })
}
