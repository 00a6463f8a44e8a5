<?php

namespace Kanboard\Core\Http;

class Request {}
