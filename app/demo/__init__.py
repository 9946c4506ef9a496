"""The demo network of the field report: the seven associations of Roubaix, their spaces, partners,
equipment, tickets, training, visits and labels. Open `network.py` first: `seed_demo` runs the
other modules as steps, each idempotent (it creates only what is missing)."""
