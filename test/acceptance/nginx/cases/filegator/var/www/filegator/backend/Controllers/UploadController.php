<?php

namespace Filegator\Controllers;

class UploadController {}
