<?php

namespace Filegator\Services\Storage;

class Filesystem {}
