<?php
// LDAP settings stand-in
