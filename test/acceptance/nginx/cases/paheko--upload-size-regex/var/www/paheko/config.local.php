<?php

namespace Paheko;

// Written by the installer, then edited by hand.
const SECRET_KEY = '2a16b4f8fb422f1b33b682b20f6e9596a11d9afca3a2227c1f4873a2cfe56b30';

const WWW_URL = 'https://asso.example.org/';

const SHOW_ERRORS = false;

const ENABLE_TECH_DETAILS = false;

// Mail through the local MTA.
const MAIL_RETURN_PATH = 'bounce@asso.example.org';
