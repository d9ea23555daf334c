// The demo accounts: one per role, all with the documented password.

export const demoPassword = "relais-demo-2026";

export const demoAccounts: { email: string; name: string; label: string }[] = [
  {
    email: "admin@relais.test",
    name: "Administration Relais",
    label: "Administrateur·rice de la plateforme",
  },
  {
    email: "coordination@plp-demo.test",
    name: "Claire Moreau",
    label: "Coordinatrice du PLP de démonstration",
  },
  { email: "partenaire@plp-demo.test", name: "Karim Benali", label: "Partenaire (ressourcerie) du PLP" },
  {
    email: "ambassadeur@plp-demo.test",
    name: "Élodie Le Gall",
    label: "Ambassadrice, membre des deux réseaux",
  },
  { email: "elu@plp-demo.test", name: "Bernard Schmitt", label: "Élu référent du PLP" },
  {
    email: "coordination@ambassadeurs-demo.test",
    name: "Yann Le Floch",
    label: "Coordinateur du réseau des ambassadeurs",
  },
  {
    email: "elu@ambassadeurs-demo.test",
    name: "Anne Le Bihan",
    label: "Élue référente du réseau des ambassadeurs",
  },
  {
    email: "coordination@echanges-demo.test",
    name: "Sophie Cabrol",
    label: "Coordinatrice du réseau d'échanges des communes",
  },
  {
    email: "elu@echanges-demo.test",
    name: "Alain Vernhes",
    label: "Élu référent du réseau d'échanges des communes",
  },
  {
    email: "coordination@directions-demo.test",
    name: "Vincent Arnaud",
    label: "Coordinateur de la mobilisation des directions",
  },
  {
    email: "elu@directions-demo.test",
    name: "Laure Giraud",
    label: "Élue référente de la mobilisation des directions",
  },
];
