<?php

namespace Kanboard\Plugin\Calendar;

class Plugin {}
