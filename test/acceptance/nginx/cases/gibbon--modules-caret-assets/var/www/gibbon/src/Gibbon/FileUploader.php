<?php
namespace Gibbon;
class FileUploader {}
