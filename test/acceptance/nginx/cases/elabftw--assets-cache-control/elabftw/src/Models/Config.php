<?php

namespace Elabftw\Models;

class Config {}
