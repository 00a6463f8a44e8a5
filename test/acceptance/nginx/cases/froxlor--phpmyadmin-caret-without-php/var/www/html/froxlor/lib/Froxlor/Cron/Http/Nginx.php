<?php
namespace Froxlor\Cron\Http;
class Nginx {}
