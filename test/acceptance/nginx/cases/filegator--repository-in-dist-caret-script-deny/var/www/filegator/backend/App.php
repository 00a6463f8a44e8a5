<?php

namespace Filegator;

class App {}
