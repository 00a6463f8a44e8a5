<?php

namespace Kanboard\Plugin\Calendar\Controller;

class CalendarController {}
