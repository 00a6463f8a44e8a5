(function () {

    //======Media Uploader=====

    var dialogClose = function() {
        $('#insertMediaDialog').modal('hide');
        $('#insertImageDialogURL').val('');
        $('#insertImageDialogFile').val('');
        $('#insertMediaDialogURL').val('');
        $('#insertMediaDialogFile').