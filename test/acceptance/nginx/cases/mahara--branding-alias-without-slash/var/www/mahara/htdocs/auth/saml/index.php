<?php
// SAML login.
