<?php

namespace Elabftw\Controllers;

class LoginController {}
