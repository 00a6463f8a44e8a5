<?php

namespace Filegator\Controllers;

class DownloadController {}
