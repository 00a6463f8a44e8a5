<?php

namespace Kanboard\Controller;

class AuthController {}
